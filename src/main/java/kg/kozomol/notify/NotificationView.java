package kg.kozomol.notify;

import java.time.Instant;
import java.util.List;

public record NotificationView(long id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
