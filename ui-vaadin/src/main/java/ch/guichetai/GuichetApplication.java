package ch.guichetai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Guichet AI: one portal for the cantonal AI offices, each canton served on its own host name. */
@SpringBootApplication
public class GuichetApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuichetApplication.class, args);
    }
}
