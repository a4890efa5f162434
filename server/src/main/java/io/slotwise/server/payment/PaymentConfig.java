package io.slotwise.server.payment;

import io.slotwise.server.system.SlotwiseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentConfig {

    /** Stripe when a secret key is configured; otherwise a gateway that says online payment is unavailable. */
    @Bean
    PaymentGateway paymentGateway(SlotwiseProperties properties) {
        SlotwiseProperties.Payments.Stripe stripe = properties.payments().stripe();
        return stripe.configured() ? new StripeGateway(stripe.secretKey(), stripe.apiBase()) : PaymentGateway.unavailable();
    }
}
