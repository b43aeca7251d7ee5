package kg.kozomol.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Keeps files in a directory tree under a root; a key can never name anything outside that root. */
public class LocalDiskFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Path root;

    public LocalDiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String key, Path tempFile) throws IOException {
        write(key, partial -> {
            Files.copy(tempFile, partial);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(false);
            }
        });
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        write(key, partial -> {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        });
    }

    private interface Writer {
        void writeTo(Path partial) throws IOException;
    }

    private void write(String key, Writer writer) throws IOException {
        Path target = resolve(key);
        // Asked first: for a directory that exists, createDirectories throws and catches an exception.
        if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
            // A new directory (a new month) is durable once its entry in each parent up to the root is.
            for (Path parent = target.getParent().getParent(); parent != null && parent.startsWith(root); parent = parent.getParent()) {
                force(parent);
            }
        }
        // Written beside the target, then renamed: readers never see a half-written file. A random suffix, not a UUID:
        // the partial file lives for a moment, and a UUID would draw from the shared SecureRandom once more per file.
        Path partial = target.resolveSibling(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".part");
        try {
            writer.writeTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // The bytes were forced to disk before the rename, the rename is forced here: once the row naming the file is
        // committed (and a phone told its photo is stored), a crash can lose neither.
        force(target.getParent());
    }

    private static void force(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public boolean exists(String key) throws IOException {
        return Files.isRegularFile(resolve(key));
    }

    Path resolve(String key) throws IOException {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new NoSuchFileException("invalid storage key");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new NoSuchFileException("invalid storage key");
        }
        return path;
    }
}
