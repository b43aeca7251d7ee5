/** E-mail through a database outbox, and in-app notifications. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package kg.kozomol.notify;
