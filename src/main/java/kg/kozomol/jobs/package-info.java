/** Background jobs kept in PostgreSQL: run by one node at a time, resumed after restarts, followed live by people. */
@org.springframework.modulith.ApplicationModule(displayName = "Background jobs")
package kg.kozomol.jobs;
