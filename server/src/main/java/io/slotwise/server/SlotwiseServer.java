package io.slotwise.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Slotwise server: owns venues, activities, sessions, holds and bookings. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SlotwiseServer {

    public static void main(String[] args) {
        SpringApplication.run(SlotwiseServer.class, args);
    }
}
