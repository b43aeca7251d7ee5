package kg.kozomol.tracker.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Brief;
import kg.kozomol.files.StoredFile;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.jobs.JobFailedException;
import kg.kozomol.jobs.JobHandler;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.tracker.TrackerRuleException;

/**
 * A large import as a background job with a progress bar. It acts as the user who confirmed it, with their
 * memberships as they are when it runs, so the audit log names them and a revoked right stops it. Stopped for a
 * shutdown, its transaction rolls back and the whole import runs again on the next node: it is idempotent.
 */
@Component
public class ImportJob implements JobHandler {

    public static final String TYPE = "tracker.import";

    private final RecommendationImport imports;
    private final UserAccounts users;

    ImportJob(RecommendationImport imports, UserAccounts users) {
        this.imports = imports;
        this.users = users;
    }

    public static Map<String, Object> params(Brief brief, StoredFile file) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("briefId", brief.id());
        params.put("fileId", file.id().toString());
        return params;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws JobFailedException {
        KozomolPrincipal user = principal(context.createdBy());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            Brief brief = imports.brief(((Number) context.params().get("briefId")).longValue(), user);
            StoredFile file = imports.upload((String) context.params().get("fileId"), user)
                    .orElseThrow(() -> new JobFailedException("tracker.import.fileGone"));
            imports.apply(brief, file, (done, total) -> {
                context.progress(done, total);
                if (context.shouldStop()) {
                    throw new Stopped();
                }
            });
        } catch (Stopped e) {
            // rolled back; the runner sees shouldStop() and queues the job again
        } catch (NotFoundException | AccessDeniedException e) {
            throw new JobFailedException("tracker.import.job.notAllowed");
        } catch (ImportRefusedException e) {
            throw new JobFailedException("tracker.import.job.refused", e.check().problems().size());
        } catch (StaleRecordException e) {
            throw new JobFailedException("tracker.import.stale");
        } catch (TrackerRuleException e) {
            throw new JobFailedException(e.messageKey());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private KozomolPrincipal principal(Long userId) throws JobFailedException {
        return (userId == null ? Optional.<KozomolPrincipal>empty() : users.actingAs(userId))
                .orElseThrow(() -> new JobFailedException("tracker.import.job.notAllowed"));
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
