package ch.guichetai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform core alone, as the application assembles it, for the core's own tests. */
@SpringBootApplication
public class CoreTestApplication {
}
