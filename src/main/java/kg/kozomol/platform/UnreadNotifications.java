package kg.kozomol.platform;

/** Lets the layout show a count of unread notifications without the platform knowing how they are stored. */
public interface UnreadNotifications {

    long countFor(long userId);
}
