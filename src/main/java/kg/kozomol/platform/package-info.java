/** Shared web, security, i18n and database plumbing that every feature stands on. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package kg.kozomol.platform;
