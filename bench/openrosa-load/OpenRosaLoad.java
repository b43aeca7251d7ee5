import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OpenRosa submission load (issue 6 benchmark): COUNT submissions of FORM_ID with QUESTIONS text answers and a ~20 KB
 * JPEG, each with its own instanceID, from CLIENTS threads; every RESEND_EVERY-th submission is sent a second time,
 * identically, right after its first answer (a phone retrying). Writes the instanceIDs sent to IDS_FILE so the run
 * script can check the database against them.
 * Usage: java OpenRosaLoad.java URL FORM_ID QUESTIONS COUNT CLIENTS RESEND_EVERY PREFIX IDS_FILE
 */
public class OpenRosaLoad {

    static final String BOUNDARY = "kozomol-bench-boundary";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String formId = args[1];
        int questions = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int resendEvery = Integer.parseInt(args[5]);
        String prefix = args[6];
        Path idsFile = Path.of(args[7]);
        byte[] jpeg = jpeg(20 * 1024);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String instanceId = "uuid:" + prefix + "-" + i;
            boolean resend = resendEvery > 0 && i % resendEvery == resendEvery - 1;
            pool.execute(() -> {
                byte[] body = body(xml(formId, questions, instanceId), jpeg);
                for (int attempt = 0; attempt < (resend ? 2 : 1); attempt++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                            .header("X-OpenRosa-Version", "1.0")
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status != 201 && status != 202 && failures.size() < 5) {
                            failures.add(instanceId + " " + status + " " + response.body());
                        }
                    } catch (Exception e) {
                        status = -1;
                        if (failures.size() < 5) {
                            failures.add(instanceId + " " + e);
                        }
                    }
                    latencies.add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientCpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("uuid:" + prefix + "-" + i);
        }
        Files.write(idsFile, ids);
        System.out.printf("%s: %d unique submissions + %d identical resends (%d requests, %d text answers + %d-byte JPEG each)"
                + " from %d clients in %.1f s%n", formId, count, sorted.length - count, sorted.length, questions, jpeg.length,
                clients, seconds);
        System.out.printf("  %.0f requests/s (%.0f unique submissions/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.length / seconds, count / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
        System.out.println("  HTTP statuses: " + new TreeMap<>(statuses));
        System.out.printf("  load generator CPU (same machine): %.0f ms, %.2f ms per request%n", clientCpuMs, clientCpuMs / sorted.length);
        failures.forEach(f -> System.out.println("  failed: " + f));
        System.exit(0);
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static String xml(String formId, int questions, String instanceId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data id=\"")
                .append(formId).append("\" version=\"1\">");
        for (int q = 1; q <= questions; q++) {
            xml.append("<q").append(q).append(">ответ ").append(q).append("</q").append(q).append('>');
        }
        return xml.append("<photo>photo.jpg</photo><meta><instanceID>").append(instanceId)
                .append("</instanceID></meta></data>").toString();
    }

    /** A JPEG-framed blob of random bytes: the server stores attachments as they come. */
    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(6).nextBytes(bytes);
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[size - 2] = (byte) 0xFF;
        bytes[size - 1] = (byte) 0xD9;
        return bytes;
    }

    static byte[] body(String xml, byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + xml.length() * 2 + 512);
        part(out, "xml_submission_file", "submission.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8));
        part(out, "photo.jpg", "photo.jpg", "image/jpeg", jpeg);
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static void part(ByteArrayOutputStream out, String name, String file, String type, byte[] content) {
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
