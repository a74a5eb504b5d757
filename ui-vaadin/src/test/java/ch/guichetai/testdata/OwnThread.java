package ch.guichetai.testdata;

import java.util.concurrent.FutureTask;

/**
 * Runs test set-up on a thread of its own, free of the canton a browserless test is bound to
 * ({@code @InCanton}): data of several cantons can be made there with {@code TenantContext.callAs}.
 */
public final class OwnThread {

    private OwnThread() {
    }

    /** Runs the work and waits for it; its failure is the caller's. */
    public static void run(Runnable work) throws Exception {
        FutureTask<Void> task = new FutureTask<>(work, null);
        new Thread(task).start();
        task.get();
    }
}
