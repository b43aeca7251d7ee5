package kg.kozomol.notify;

import java.util.List;

/**
 * Something a user should know: a message key with arguments (rendered in their language when shown),
 * and where to go to see it.
 */
public record Notice(long userId, String email, String language, String messageKey, List<String> args, String link) {}
