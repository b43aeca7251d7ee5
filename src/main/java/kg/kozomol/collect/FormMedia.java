package kg.kozomol.collect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.RecordRows;

/**
 * The media files a form's labels and lookups name (images, audio, CSV for select_from_file and pulldata), kept with
 * the form as ODK Central keeps form attachments. The name is the one the form writes, so it is kept as given once it
 * passes the checks; the bytes must look like the type their extension claims.
 */
@Service
public class FormMedia {

    static final String ENTITY = "collect_form_media";
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\- ]{0,150}\\.[a-z0-9]{1,8}");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("ogg", "audio/ogg"),
            Map.entry("wav", "audio/wav"), Map.entry("amr", "audio/amr"), Map.entry("mp4", "video/mp4"),
            Map.entry("csv", "text/csv"), Map.entry("xml", "application/xml"), Map.entry("geojson", "application/geo+json"));
    private static final String SELECT = "select id, form_id, name, content_type, size_bytes, md5, created_at from collect_form_media";

    private static final int CACHED_TABLES = 32;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    /** Parsed data files by MD5 and name: a replaced file has a new MD5, so nothing is ever stale. */
    private final Map<String, ParsedTable> tables = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ParsedTable> eldest) {
                    return size() > CACHED_TABLES;
                }
            });

    FormMedia(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Stores a file under its name, replacing the form's file of that name.
     *
     * @throws FileRejectedException with a {@code collect.media.*} message key when the name, size or bytes are refused
     */
    @Transactional
    public MediaFile attach(long formId, String fileName, byte[] content, KozomolPrincipal user) {
        String name = fileName == null ? "" : fileName.strip();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name.toLowerCase(Locale.ROOT)).matches() || !TYPES.containsKey(extension)) {
            throw new FileRejectedException("collect.media.badName", name);
        }
        if (content.length == 0) {
            throw new FileRejectedException("collect.media.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new FileRejectedException("collect.media.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = TYPES.get(extension);
        if (!looksLike(type, content)) {
            throw new FileRejectedException("collect.media.notType", name);
        }
        Optional<MediaFile> existing = find(formId, name);
        if (existing.isEmpty() && of(formId).size() >= MAX_FILES) {
            throw new FileRejectedException("collect.media.tooMany", MAX_FILES);
        }
        String md5 = Forms.md5(content);
        long id = jdbc.sql("""
                insert into collect_form_media (form_id, name, content_type, size_bytes, md5, content, created_by)
                values (:form, :name, :type, :size, :md5, :content, :by)
                on conflict (form_id, name) do update set content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                    md5 = excluded.md5, content = excluded.content, created_by = excluded.created_by, created_at = now(),
                    version = collect_form_media.version + 1
                returning id
                """).param("form", formId).param("name", name).param("type", type).param("size", content.length)
                .param("md5", md5).param("content", content).param("by", user.id()).query(Long.class).single();
        MediaFile stored = find(formId, name).orElseThrow();
        if (existing.isPresent()) {
            audit.updated(ENTITY, id, existing.get(), stored);
        } else {
            audit.created(ENTITY, id, stored);
        }
        return stored;
    }

    @Transactional
    public void remove(long formId, long mediaId) {
        Optional<MediaFile> media = of(formId).stream().filter(m -> m.id() == mediaId).findFirst();
        if (media.isPresent()) {
            jdbc.sql("delete from collect_form_media where id = :id").param("id", mediaId).update();
            audit.deleted(ENTITY, mediaId, media.get());
        }
    }

    @Transactional(readOnly = true)
    public List<MediaFile> of(long formId) {
        return jdbc.sql(SELECT + " where form_id = :form order by name").param("form", formId).query(RecordRows.of(MediaFile.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<MediaFile> find(long formId, String name) {
        return jdbc.sql(SELECT + " where form_id = :form and name = :name").param("form", formId).param("name", name)
                .query(RecordRows.of(MediaFile.class)).optional();
    }

    /** The files a form version names (label media, select_one_from_file, pulldata) that are not attached to the form. */
    @Transactional(readOnly = true)
    public List<String> missing(long formId, FormModel model) {
        Set<String> attached = new HashSet<>();
        of(formId).forEach(file -> attached.add(file.name()));
        return model.mediaFiles().stream().filter(name -> !attached.contains(name)).toList();
    }

    /**
     * The data files a form version reads (select_one_from_file, pulldata), loaded now so that the answer can be used
     * on any thread without the database: each file is parsed once while its MD5 is unchanged, and each question's
     * options are built from it once. A form reading no data file costs no query.
     */
    @Transactional(readOnly = true)
    public FormData data(long formId, FormModel model) {
        Set<String> names = model.dataFiles();
        if (names.isEmpty()) {
            return FormData.NONE;
        }
        Map<String, ParsedTable> loaded = new HashMap<>();
        for (MediaFile file : of(formId)) {
            if (names.contains(file.name())) {
                loaded.put(file.name(), tables.computeIfAbsent(file.md5() + "/" + file.name(),
                        key -> new ParsedTable(MediaTables.read(file.name(), content(file.id())))));
            }
        }
        return new FormData() {
            @Override
            public List<Map<String, String>> rows(String fileName) {
                ParsedTable table = loaded.get(fileName);
                return table == null ? List.of() : table.rows();
            }

            @Override
            public FileChoices choices(ItemsFile file) {
                ParsedTable table = loaded.get(file.name());
                return table == null ? FileChoices.NONE : table.choices(file);
            }
        };
    }

    /** The content type a file of this name is stored as; empty when a form cannot have such a file. */
    public static Optional<String> typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    @Transactional(readOnly = true)
    public byte[] content(long mediaId) {
        return jdbc.sql("select content from collect_form_media where id = :id").param("id", mediaId).query(byte[].class).single();
    }

    /** Images must start as their format does and text must be UTF-8; audio and video are taken as named. */
    private static boolean looksLike(String type, byte[] content) {
        return switch (type) {
            case "image/png" -> startsWith(content, 0, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            case "image/jpeg" -> startsWith(content, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
            case "image/gif" -> startsWith(content, 0, (byte) 'G', (byte) 'I', (byte) 'F', (byte) '8');
            case "image/webp" -> startsWith(content, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
                    && startsWith(content, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P');
            case "text/csv", "application/xml", "application/geo+json" -> utf8(content);
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, int offset, byte... magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(Arrays.copyOfRange(content, offset, offset + magic.length), magic);
    }

    private static boolean utf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
