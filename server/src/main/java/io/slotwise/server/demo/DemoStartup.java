package io.slotwise.server.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** In demo mode ({@code slotwise.demo=true}): loads the demo data once and prints how to try it. */
@Component
@ConditionalOnProperty(name = "slotwise.demo", havingValue = "true")
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoData data;
    private final Environment environment;

    DemoStartup(DemoData data, Environment environment) {
        this.data = data;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        boolean loaded = data.loadIfEmpty();
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("""

                ================ Slotwise demo ================
                {}
                Widget (venue calendar):  {}/embed?widget=calendar&key=demo
                Public API:               {}/api/v1/public/venues/demo
                API documentation:        {}/swagger-ui.html  ({}/v3/api-docs)
                Staff login:              {} / {}
                Rival organization:       {} / {}  (embed key: rival)
                Kiosk device token:       {}
                ==============================================""",
                loaded ? "Demo data loaded." : "Demo data was already there.",
                base, base, base, base,
                DemoData.OWNER_EMAIL, DemoData.OWNER_PASSWORD, DemoData.RIVAL_EMAIL, DemoData.RIVAL_PASSWORD,
                DemoData.KIOSK_TOKEN);
    }
}
