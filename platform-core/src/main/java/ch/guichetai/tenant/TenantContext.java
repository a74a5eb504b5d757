package ch.guichetai.tenant;

import ch.guichetai.canton.CantonCode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The canton the current thread works for. Web requests get it from their host name
 * ({@link CantonRequestFilter}); background work must name it explicitly with {@link #callAs}.
 * Hibernate reads it when a session opens, so one transaction always belongs to one canton.
 */
public final class TenantContext {

    private static final ThreadLocal<CantonCode> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The canton of this thread; fails when none is bound, never falls back to a default. */
    public static CantonCode current() {
        CantonCode canton = CURRENT.get();
        if (canton == null) {
            throw new IllegalStateException("No canton is bound to this thread: web requests get it from the host name, "
                    + "background work must use TenantContext.callAs");
        }
        return canton;
    }

    public static Optional<CantonCode> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs work for a canton; nesting is allowed for the same canton only. */
    public static <T> T callAs(CantonCode canton, Supplier<T> work) {
        try (Binding ignored = bind(canton)) {
            return work.get();
        }
    }

    public static void runAs(CantonCode canton, Runnable work) {
        try (Binding ignored = bind(canton)) {
            work.run();
        }
    }

    /**
     * Binds the canton until the binding is closed, in a try-with-resources block; for callers that
     * throw checked exceptions, such as servlet filters. Prefer {@link #callAs} and {@link #runAs}.
     */
    public static Binding bind(CantonCode canton) {
        CantonCode outer = CURRENT.get();
        if (outer != null && !outer.equals(canton)) {
            throw new IllegalStateException("Work for canton '" + canton + "' cannot run inside work for canton '"
                    + outer + "'");
        }
        CURRENT.set(canton);
        return () -> {
            if (outer == null) {
                CURRENT.remove();
            }
        };
    }

    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
