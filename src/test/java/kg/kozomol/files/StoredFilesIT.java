package kg.kozomol.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import kg.kozomol.support.KozomolTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@KozomolTest
class StoredFilesIT {

    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg");

    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired FileStore store;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void acceptsAFileOfExactlyTheLimitAndRejectsOneByteMore() throws Exception {
        byte[] exact = "0123456789".getBytes(StandardCharsets.US_ASCII);
        StoredFile accepted = files.store(upload("exact.txt", exact, Set.of("text/plain"), 10));
        assertThat(accepted.sizeBytes()).isEqualTo(10);
        assertThat(accepted.sha256()).isEqualTo("84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882");
        assertThat(store.exists(accepted.storageKey())).isTrue();
        long before = rows();

        byte[] over = "0123456789X".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> files.store(upload("over.txt", over, Set.of("text/plain"), 10)))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.rejected.tooLarge");
                    assertThat(e.args()).containsExactly(10L);
                });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void smallFilesAreStoredFromMemoryAndLargeOnesThroughATemporaryFileAlike() throws Exception {
        for (int size : new int[] {1000, 1024 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 + 7}) {
            byte[] bytes = new byte[size];
            new java.util.Random(size).nextBytes(bytes);
            StoredFile stored = files.store(upload("blob.bin", bytes, Set.of("application/octet-stream"), 4 * 1024 * 1024));
            assertThat(stored.sizeBytes()).as("size %d", size).isEqualTo(size);
            assertThat(stored.sha256()).isEqualTo(java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            try (InputStream in = files.open(stored)) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
        }
        long before = rows();
        assertThatThrownBy(() -> files.store(upload("big.bin", new byte[2 * 1024 * 1024 + 1], Set.of("application/octet-stream"),
                2 * 1024 * 1024))).isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.rejected.tooLarge"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void stopsReadingAsSoonAsTheLimitIsPassed() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        FileUpload upload = new FileUpload("test", "endless.txt", endless, Set.of("text/plain"), 1000,
                FileVisibility.PUBLIC, null);
        assertThatThrownBy(() -> files.store(upload)).isInstanceOf(FileRejectedException.class);
    }

    @Test
    void rejectsAnEmptyFile() {
        long before = rows();
        assertThatThrownBy(() -> files.store(upload("empty.pdf", new byte[0], Set.of("application/pdf"), 0)))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.rejected.empty"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void detectsAPngNamedPdfFromItsBytes() throws Exception {
        StoredFile file = files.store(upload("report.pdf", png(), Set.of("image/png", "application/pdf"), 0));
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(jdbc.sql("select content_type from stored_file where id = :id").param("id", file.id())
                .query(String.class).single()).isEqualTo("image/png");
    }

    @Test
    void rejectsTextRenamedToPngWhenOnlyImagesAreAllowed() {
        long before = rows();
        byte[] text = "just some words, not a picture".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> files.store(upload("photo.png", text, IMAGES, 0)))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.rejected.type");
                    assertThat(e.args()).containsExactly("text/plain");
                });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void sanitisesPathsAndControlCharactersOutOfNames() throws Exception {
        assertThat(files.store(upload("../../etc/passwd.png", png(), IMAGES, 0)).originalName()).isEqualTo("passwd.png");
        assertThat(files.store(upload("..\\..\\windows\\evil.png", png(), IMAGES, 0)).originalName()).isEqualTo("evil.png");
        assertThat(files.store(upload("a\u0000b\r\n\u202Egnp.exe", png(), IMAGES, 0)).originalName()).isEqualTo("abgnp.exe");
        StoredFile longName = files.store(upload("x".repeat(400) + ".png", png(), IMAGES, 0));
        assertThat(longName.originalName()).hasSize(255).endsWith(".png");
        assertThat(longName.storageKey()).matches("\\d{4}/\\d{2}/" + longName.id());
        for (String bad : new String[] {"..", "../", "  ", "/\u0007"}) {
            assertThatThrownBy(() -> files.store(upload(bad, png(), IMAGES, 0)))
                    .isInstanceOfSatisfying(FileRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("files.rejected.name"));
        }
    }

    @Test
    void localDiskStoreRefusesKeysOutsideItsRoot() {
        for (String key : new String[] {"../x", "a/../../x", "/etc/passwd", "a//b", "..", "a\\b"}) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void deletingRemovesRowAndBytes() throws Exception {
        StoredFile file = files.store(upload("a.png", png(), IMAGES, 0));
        files.delete(file);
        assertThat(files.find(file.id())).isEmpty();
        assertThat(store.exists(file.storageKey())).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'stored_file' and entity_id = :id")
                .param("id", file.id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anUploadInATransactionThatRollsBackLeavesNoRowAndNoBytes() throws Exception {
        byte[] image = png();
        StoredFile[] stored = new StoredFile[1];
        transaction.executeWithoutResult(status -> {
            stored[0] = files.store(upload("a.png", image, IMAGES, 0));
            status.setRollbackOnly();
        });
        assertThat(files.find(stored[0].id())).isEmpty();
        assertThat(store.exists(stored[0].storageKey())).isFalse();
    }

    long rows() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }

    static FileUpload upload(String name, byte[] bytes, Set<String> allowed, long max) {
        return new FileUpload("test", name, new ByteArrayInputStream(bytes), allowed, max, FileVisibility.PUBLIC, null);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
