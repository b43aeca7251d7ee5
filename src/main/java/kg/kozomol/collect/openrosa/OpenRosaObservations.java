package kg.kozomol.collect.openrosa;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Phones' requests are not observed: the request timer's start, tags and stop cost a submission about a twentieth of
 * its CPU, and nothing reads those metrics (the endpoints expose only health and info); the audit log counts what phones
 * send.
 */
@Configuration(proxyBeanMethods = false)
class OpenRosaObservations {

    @Bean
    ObservationPredicate openRosaRequestsUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier().getRequestURI().startsWith(request.getCarrier().getContextPath() + OpenRosaController.PREFIX));
    }
}
