import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * OpenRosa submission load (issue 6 benchmark): COUNT submissions of FORM_ID with QUESTIONS text answers and a ~20 KB
 * JPEG, each with its own instanceID, from CLIENTS threads; every RESEND_EVERY-th submission is sent a second time,
 * identically, right after its first answer (a phone retrying). Writes the instanceIDs sent to IDS_FILE so the run
 * script can check the database against them.
 * <p>
 * The load generator shares the server's cores, so it is kept light: every request (headers and multipart body) is
 * built before the clock starts, and each client is a plain HTTP/1.1 keep-alive connection that writes those bytes and
 * reads the whole answer (status, headers, body), opening a new connection when the server closes one. The JDK's
 * HttpClient cost about 1.8 ms CPU per request here, a third of what the server spends on a submission.
 * <p>
 * Two modes. Without RATE (or RATE 0) the run is closed-loop: each client sends its next submission as soon as it has
 * the last answer, which measures capacity; its latencies are those of a saturated server (mean = CLIENTS ÷
 * throughput). With RATE the run is open-loop, as wrk2 runs: submission i is due at start + i ÷ RATE, client
 * i mod CLIENTS sends it then (or at once when it is behind), and its latency is counted from the time it was due, not
 * from when it was sent, so a stalled server's queue shows in the percentiles instead of being hidden by clients that
 * waited (coordinated omission). A resend follows its first answer at once and is timed from then.
 * Usage: java OpenRosaLoad.java URL FORM_ID QUESTIONS COUNT CLIENTS RESEND_EVERY PREFIX IDS_FILE [RATE]
 */
public class OpenRosaLoad {

    static final String BOUNDARY = "kozomol-bench-boundary";

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String formId = args[1];
        int questions = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int resendEvery = Integer.parseInt(args[5]);
        String prefix = args[6];
        Path idsFile = Path.of(args[7]);
        double rate = args.length > 8 ? Double.parseDouble(args[8]) : 0;
        byte[] jpeg = jpeg(20 * 1024);
        byte[][] requests = new byte[count][];
        for (int i = 0; i < count; i++) {
            requests[i] = request(url, body(xml(formId, questions, instanceId(prefix, i)), jpeg));
        }
        InetSocketAddress address = new InetSocketAddress(url.getHost(), url.getPort());
        AtomicInteger next = new AtomicInteger();
        Client[] pool = new Client[clients];
        Schedule schedule = rate > 0 ? new Schedule(System.nanoTime() + 100_000_000L, rate) : null;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool[c] = new Client(address, requests, next, resendEvery, prefix, count / clients * 2 + 16, schedule, c, clients);
            pool[c].start();
        }
        for (Client client : pool) {
            client.join();
        }
        double seconds = (System.nanoTime() - (schedule == null ? start : schedule.start())) / 1e9;
        double clientCpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        long[] sorted = Arrays.stream(pool).flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.done)).sorted().toArray();
        Map<Integer, Long> statuses = new TreeMap<>();
        int reconnects = 0;
        for (Client client : pool) {
            client.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
            reconnects += client.reconnects;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(instanceId(prefix, i));
        }
        Files.write(idsFile, ids);
        if (schedule != null) {
            System.out.printf("%s at a fixed rate of %.0f submissions/s: %d unique submissions + %d identical resends (%d requests,"
                    + " %d text answers + %d-byte JPEG each) from %d clients in %.1f s%n", formId, rate, count, sorted.length - count,
                    sorted.length, questions, jpeg.length, clients, seconds);
            System.out.printf("  achieved %.0f requests/s (%.0f unique submissions/s); latency from each request's intended send time:"
                    + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.length / seconds, count / seconds,
                    ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            System.out.printf("  sent late (client still waiting for an earlier answer when the next was due): %d of %d%n",
                    Arrays.stream(pool).mapToInt(c -> c.late).sum(), count);
        } else {
            System.out.printf("%s: %d unique submissions + %d identical resends (%d requests, %d text answers + %d-byte JPEG each)"
                    + " from %d clients in %.1f s%n", formId, count, sorted.length - count, sorted.length, questions, jpeg.length,
                    clients, seconds);
            System.out.printf("  %.0f requests/s (%.0f unique submissions/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.length / seconds, count / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }
        System.out.println("  HTTP statuses: " + statuses + "; connections opened again after the server closed one: " + reconnects);
        System.out.printf("  load generator CPU (same machine): %.0f ms, %.2f ms per request%n", clientCpuMs, clientCpuMs / sorted.length);
        FAILURES.forEach(f -> System.out.println("  failed: " + f));
        System.exit(0);
    }

    static final ConcurrentLinkedQueue<String> FAILURES = new ConcurrentLinkedQueue<>();

    static String instanceId(String prefix, int i) {
        return "uuid:" + prefix + "-" + i;
    }

    /** When each submission of a fixed-rate run is due: submission i at start + i ÷ rate. */
    record Schedule(long start, double rate) {
        long due(int i) {
            return start + (long) (i * 1e9 / rate);
        }
    }

    /**
     * One phone after another on one connection: sends the next submission, waits for its answer, resends some. Closed
     * loop, it takes the next submission nobody has taken; on a schedule, every CLIENTS-th from its own offset, when due.
     */
    static final class Client extends Thread {

        private final InetSocketAddress address;
        private final byte[][] requests;
        private final AtomicInteger next;
        private final int resendEvery;
        private final String prefix;
        private final Schedule schedule;
        private final int offset;
        private final int stride;
        final Map<Integer, Long> statuses = new TreeMap<>();
        long[] latencies;
        int done;
        int reconnects;
        int late;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Client(InetSocketAddress address, byte[][] requests, AtomicInteger next, int resendEvery, String prefix, int expected,
                Schedule schedule, int offset, int stride) {
            this.schedule = schedule;
            this.offset = offset;
            this.stride = stride;
            this.address = address;
            this.requests = requests;
            this.next = next;
            this.resendEvery = resendEvery;
            this.prefix = prefix;
            this.latencies = new long[expected];
        }

        @Override
        public void run() {
            for (int i = first(); i < requests.length; i = next(i)) {
                boolean resend = resendEvery > 0 && resent(i);
                for (int attempt = 0; attempt < (resend ? 2 : 1); attempt++) {
                    long t0 = attempt == 0 && schedule != null ? waitUntil(schedule.due(i)) : System.nanoTime();
                    int status;
                    try {
                        Response response = exchange(requests[i]);
                        status = response.status;
                        if (status != 201 && status != 202 && FAILURES.size() < 5) {
                            FAILURES.add(instanceId(prefix, i) + " " + status + " " + response.body);
                        }
                    } catch (IOException e) {
                        status = -1;
                        close();
                        if (FAILURES.size() < 5) {
                            FAILURES.add(instanceId(prefix, i) + " " + e);
                        }
                    }
                    if (done == latencies.length) {
                        latencies = Arrays.copyOf(latencies, done * 2);
                    }
                    latencies[done++] = System.nanoTime() - t0;
                    statuses.merge(status, 1L, Long::sum);
                }
            }
            close();
        }

        /**
         * Every RESEND_EVERY-th submission is resent; on a schedule, every RESEND_EVERY-th of each client's own, staggered,
         * so the resends do not all fall to the one client whose offset is RESEND_EVERY - 1.
         */
        private boolean resent(int i) {
            return (schedule == null ? i : i / stride + offset) % resendEvery == resendEvery - 1;
        }

        private int first() {
            return schedule == null ? next.getAndIncrement() : offset;
        }

        private int next(int i) {
            return schedule == null ? next.getAndIncrement() : i + stride;
        }

        /** Sleeps until the submission is due and returns that time, the one its latency counts from. */
        private long waitUntil(long due) {
            long now = System.nanoTime();
            if (now > due + 1_000_000) {
                late++;
            }
            while (now < due) {
                LockSupport.parkNanos(due - now);
                now = System.nanoTime();
            }
            return due;
        }

        /** Writes the request and reads its answer; a kept-alive connection the server has just closed is opened again. */
        private Response exchange(byte[] request) throws IOException {
            boolean fresh = socket == null;
            if (fresh) {
                open();
            }
            try {
                out.write(request);
                out.flush();
                return read();
            } catch (NoAnswer e) {
                if (fresh) {
                    throw e;
                }
                // Nothing came back on a reused connection: the server closed it while idle, before reading this request.
                close();
                reconnects++;
                open();
                out.write(request);
                out.flush();
                return read();
            }
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(address, 10_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // gone either way
                }
            }
            socket = null;
        }

        private Response read() throws IOException {
            String statusLine = line(true);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(false); !header.isEmpty(); header = line(false)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closing = value.equalsIgnoreCase("close");
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(false).split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line(false).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(false);
                }
                for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
                    // trailers carry nothing the benchmark needs
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                body.write(in.readAllBytes());
                closing = true;
            }
            if (closing) {
                close();
            }
            return new Response(status, body.toString(StandardCharsets.UTF_8));
        }

        private String line(boolean first) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c == -1) {
                    if (first && line.isEmpty()) {
                        throw new NoAnswer();
                    }
                    throw new IOException("connection closed in the middle of an answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    record Response(int status, String body) {
    }

    /** The connection ended before the first byte of an answer. */
    static final class NoAnswer extends IOException {
        NoAnswer() {
            super("the server closed the connection without answering");
        }
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

    /** The whole HTTP request as ODK Collect sends it: headers, then the multipart body. */
    static byte[] request(URI url, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        out.writeBytes(("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nX-OpenRosa-Version: 1.0\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
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
