package kg.kozomol.collect.export;

import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.KozomolPrincipal;

/** Hands a large export to the jobs module; the person who asked follows it on the job's page. */
@Component
public class ExportStarter {

    private final Jobs jobs;

    ExportStarter(Jobs jobs) {
        this.jobs = jobs;
    }

    public UUID start(long formId, ExportOptions options, Locale locale, KozomolPrincipal user) {
        return jobs.submit(ExportJob.TYPE, ExportJob.params(formId, options, locale), user.id());
    }
}
