/** Organisations, users, their memberships and roles, and the account life cycle (invite, login, reset). */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package kg.kozomol.identity;
