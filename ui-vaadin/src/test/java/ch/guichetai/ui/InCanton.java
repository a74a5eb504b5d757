package ch.guichetai.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test, its set-up included, as a request to that canton's host would: with the canton
 * bound to the thread. On a class it applies to every test that does not name its own canton.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(CantonExtension.class)
public @interface InCanton {

    /** The canton code, such as "ge". */
    String value();
}
