package kg.kozomol.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import kg.kozomol.audit.AuditFilter;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.jobs.JobHandler;

/**
 * Exports the (filtered) audit log as CSV in a background job: streamed row by row, so its size does not
 * matter, with a progress bar, and the file kept in the file store for the admin who asked.
 */
@Component
class AuditExport implements JobHandler {

    static final String TYPE = "audit.export";

    private final AuditLog audit;
    private final StoredFiles files;

    AuditExport(AuditLog audit, StoredFiles files) {
        this.audit = audit;
        this.files = files;
    }

    /** The job parameters that describe a filter; read back by {@link #filterOf}. */
    static Map<String, Object> paramsOf(AuditFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("actor", filter.actor());
        params.put("entityType", filter.entityType());
        params.put("entityId", filter.entityId());
        params.put("from", filter.from() == null ? null : filter.from().toString());
        params.put("to", filter.to() == null ? null : filter.to().toString());
        return params;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        AuditFilter filter = filterOf(context.params());
        long total = audit.count(filter);
        context.progress(0, total);
        Path temp = Files.createTempFile("audit-export", ".csv");
        try {
            long written = write(filter, temp, context, total);
            if (context.shouldStop()) {
                return; // nothing kept: the export starts over on the next run
            }
            try (InputStream content = Files.newInputStream(temp)) {
                StoredFile file = files.store(new FileUpload("audit.export", "audit-" + LocalDate.now() + ".csv", content,
                        Set.of("text/plain", "text/csv"), 0, FileVisibility.OWNER, null), context.createdBy());
                context.setResultFile(file.id());
            }
            context.progress(written, total);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private long write(AuditFilter filter, Path target, JobContext context, long total) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // lets Excel recognise UTF-8 and show Cyrillic correctly
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("id", "occurred_at", "actor_id", "actor_email", "entity_type", "entity_id", "action",
                            "before", "after", "client_ip").get());
            long[] done = {0};
            audit.forEach(filter, 0, event -> {
                try {
                    csv.printRecord(event.id(), event.occurredAt(), event.actorId(), event.actorEmail(), event.entityType(),
                            event.entityId(), event.action(), event.beforeJson(), event.afterJson(), event.clientIp());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done[0]++;
                if (done[0] % 500 == 0) {
                    context.progress(done[0], Math.max(total, done[0]));
                }
            });
            csv.flush();
            return done[0];
        }
    }

    static AuditFilter filterOf(Map<String, Object> params) {
        return new AuditFilter((String) params.get("actor"), (String) params.get("entityType"), (String) params.get("entityId"),
                date(params.get("from")), date(params.get("to")));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
