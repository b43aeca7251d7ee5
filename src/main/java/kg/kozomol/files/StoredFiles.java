package kg.kozomol.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * Accepts files after checking size, type (sniffed from the bytes) and name, keeps their bytes in the
 * {@link FileStore} and their description in {@code stored_file}. A refused or failed upload leaves nothing.
 */
@Service
public class StoredFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);
    private static final String ENTITY = "stored_file";
    private static final int BUFFER = 64 * 1024;
    /** Files up to this size (a phone's photo, most documents) are checked and written from memory, with no temporary file. */
    private static final int IN_MEMORY = 1024 * 1024;

    private final JdbcClient jdbc;
    private final FileStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final long globalMaxBytes;
    private final ContentSniffer sniffer = new ContentSniffer();

    StoredFiles(JdbcClient jdbc, FileStore store, AuditLog audit, TransactionTemplate transaction,
            FilesProperties properties) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.globalMaxBytes = properties.maxBytes();
    }

    /** Stores an upload by the signed-in user (if any). */
    public StoredFile store(FileUpload upload) {
        return store(upload, CurrentUser.get().map(KozomolPrincipal::id).orElse(null));
    }

    /** Stores a file on behalf of a user, e.g. a background job's result for the user who started it. */
    public StoredFile store(FileUpload upload, Long uploaderId) {
        String name = FileNames.sanitise(upload.originalName());
        if (name == null) {
            throw new FileRejectedException("files.rejected.name");
        }
        long limit = upload.maxBytes() > 0 ? upload.maxBytes() : globalMaxBytes;
        Path temp = null;
        try {
            Received received;
            try (InputStream in = upload.content()) {
                byte[] head = in.readNBytes((int) Math.min(IN_MEMORY, limit + 1));
                if (head.length < IN_MEMORY) {
                    received = new Received(head.length, HexFormat.of().formatHex(sha256().digest(head)), head);
                } else {
                    temp = Files.createTempFile("kozomol-upload-", ".part");
                    received = spill(head, in, temp, limit);
                }
            }
            if (received.size() > limit) {
                throw new FileRejectedException("files.rejected.tooLarge", limit);
            }
            if (received.size() == 0) {
                throw new FileRejectedException("files.rejected.empty");
            }
            String type = received.bytes() != null ? sniffer.detect(received.bytes(), name) : sniffer.detect(temp, name);
            if (upload.allowedContentTypes() == null || !upload.allowedContentTypes().contains(type)) {
                throw new FileRejectedException("files.rejected.type", type);
            }
            UUID id = UUID.randomUUID();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            // Concatenated, not String.format: formatting the key cost a third of storing a phone's photo.
            int month = today.getMonthValue();
            String key = today.getYear() + (month < 10 ? "/0" : "/") + month + "/" + id;
            StoredFile file = new StoredFile(id, upload.purpose(), name, type, received.size(), received.sha256(), key,
                    upload.visibility(), upload.organisationId(), uploaderId, null);
            if (received.bytes() != null) {
                store.write(key, received.bytes());
            } else {
                store.write(key, temp);
            }
            return saveOrForget(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A received file: its size, its SHA-256 and, when it was small enough to be kept in memory, its bytes. */
    private record Received(long size, String sha256, byte[] bytes) {}

    /** Writes a file too large to keep in memory to a temporary file, up to one byte past the limit. */
    private static Received spill(byte[] head, InputStream in, Path temp, long limit) throws IOException {
        MessageDigest digest = sha256();
        digest.update(head);
        long size = head.length;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(head);
            int read;
            while (size <= limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - size + 1))) != -1) {
                size += read;
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return new Received(size, HexFormat.of().formatHex(digest.digest()), null);
    }

    /** Writes the row; if that or the surrounding transaction fails, the bytes already written go too. */
    private StoredFile saveOrForget(StoredFile file) {
        try {
            return transaction.execute(status -> {
                StoredFile saved = insert(file);
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int outcome) {
                            if (outcome != STATUS_COMMITTED) {
                                deleteBytes(file.storageKey());
                            }
                        }
                    });
                }
                return saved;
            });
        } catch (RuntimeException e) {
            deleteBytes(file.storageKey());
            throw e;
        }
    }

    /**
     * Inserts the row with its audit entry (one statement: a phone's photo is stored on every submission) and returns
     * the file as stored, with the database's creation time.
     */
    private StoredFile insert(StoredFile file) {
        AuditLog.Batched audited = audit.createdBy("file", ENTITY, describe(file));
        Instant createdAt = jdbc.sql("""
                with file as (
                  insert into stored_file (id, purpose, original_name, content_type, size_bytes, sha256, storage_key,
                                           visibility, organisation_id, uploaded_by)
                  values (:id, :purpose, :name, :type, :size, :sha256, :key, :visibility, :organisationId, :uploadedBy)
                  returning id, created_at
                )
                """ + audited.sql() + """
                select created_at from file
                """)
                .params(audited.params())
                .param("id", file.id())
                .param("purpose", file.purpose())
                .param("name", file.originalName())
                .param("type", file.contentType())
                .param("size", file.sizeBytes())
                .param("sha256", file.sha256())
                .param("key", file.storageKey())
                .param("visibility", file.visibility().name())
                .param("organisationId", file.organisationId())
                .param("uploadedBy", file.uploadedBy())
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant()).single();
        return new StoredFile(file.id(), file.purpose(), file.originalName(), file.contentType(), file.sizeBytes(), file.sha256(),
                file.storageKey(), file.visibility(), file.organisationId(), file.uploadedBy(), createdAt);
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        return jdbc.sql("""
                select id, purpose, original_name, content_type, size_bytes, sha256, storage_key, visibility,
                       organisation_id, uploaded_by, created_at
                from stored_file where id = :id
                """)
                .param("id", id)
                .query((rs, row) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("purpose"),
                        rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("storage_key"), FileVisibility.valueOf(rs.getString("visibility")),
                        rs.getObject("organisation_id", Long.class), rs.getObject("uploaded_by", Long.class),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    public InputStream open(StoredFile file) throws IOException {
        return store.open(file.storageKey());
    }

    /** Removes the row now and the bytes once the transaction has committed. */
    @Transactional
    public void delete(StoredFile file) {
        int deleted = jdbc.sql("delete from stored_file where id = :id").param("id", file.id()).update();
        if (deleted == 0) {
            return;
        }
        audit.deleted(ENTITY, file.id(), describe(file));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteBytes(file.storageKey());
            }
        });
    }

    private static Map<String, Object> describe(StoredFile file) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("purpose", file.purpose());
        state.put("originalName", file.originalName());
        state.put("contentType", file.contentType());
        state.put("sizeBytes", file.sizeBytes());
        state.put("sha256", file.sha256());
        state.put("visibility", file.visibility().name());
        state.put("organisationId", file.organisationId());
        return state;
    }

    private void deleteBytes(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored bytes {}: {}", key, e.toString());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                log.warn("Could not delete temporary upload {}", temp);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
