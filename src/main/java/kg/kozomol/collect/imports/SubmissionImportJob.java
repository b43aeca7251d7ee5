package kg.kozomol.collect.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.files.StoredFile;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.jobs.JobFailedException;
import kg.kozomol.jobs.JobHandler;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;

/**
 * A large import as a background job with a progress bar, acting as the user who confirmed it. Stopped for a
 * shutdown, its transaction rolls back and the whole import runs again later: it is idempotent.
 */
@Component
class SubmissionImportJob implements JobHandler {

    static final String TYPE = "collect.import";

    private final SubmissionImport imports;
    private final ImportTarget target;
    private final UserAccounts users;

    SubmissionImportJob(SubmissionImport imports, ImportTarget target, UserAccounts users) {
        this.imports = imports;
        this.target = target;
        this.users = users;
    }

    static Map<String, Object> params(CollectForm form, StoredFile file, boolean generateIds, long rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("formId", form.id());
        params.put("fileId", file.id().toString());
        params.put("generateIds", generateIds);
        params.put("rows", rows);
        return params;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws JobFailedException {
        KozomolPrincipal user = (context.createdBy() == null ? java.util.Optional.<KozomolPrincipal>empty() : users.actingAs(context.createdBy()))
                .orElseThrow(() -> new JobFailedException("collect.import.job.notAllowed"));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            CollectForm form = target.editable(((Number) context.params().get("formId")).longValue(), user);
            StoredFile file = imports.upload((String) context.params().get("fileId"), user)
                    .orElseThrow(() -> new JobFailedException("collect.import.problem.fileGone"));
            long rows = ((Number) context.params().get("rows")).longValue();
            imports.apply(form, file, Boolean.TRUE.equals(context.params().get("generateIds")), done -> {
                context.progress(done, rows);
                if (context.shouldStop()) {
                    throw new Stopped();
                }
            });
        } catch (Stopped e) {
            // rolled back; the runner sees shouldStop() and queues the job again
        } catch (NotFoundException | AccessDeniedException e) {
            throw new JobFailedException("collect.import.job.notAllowed");
        } catch (ImportRefusedException e) {
            RowProblem first = e.report().problems().get(0);
            // A problem of the whole import (not of a row) is told as it is.
            throw first.row() == 0 ? new JobFailedException(first.key(), first.argsArray())
                    : new JobFailedException("collect.import.job.refused", e.report().problemCount());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
