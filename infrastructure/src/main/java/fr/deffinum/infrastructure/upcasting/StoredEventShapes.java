package fr.deffinum.infrastructure.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The upcasters Axon applies, in order, to every event it reads from the store. */
@Configuration(proxyBeanMethods = false)
public class StoredEventShapes {

    @Bean
    @Order(1)
    public EventUpcaster selectionNamesItsProgramme() {
        return new SelectionNamesItsProgramme();
    }

    @Bean
    @Order(2)
    public EventUpcaster redirectionNamesBothProgrammes() {
        return new RedirectionNamesBothProgrammes();
    }
}
