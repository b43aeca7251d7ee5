/** The audit log: who created, changed, deleted or viewed which record, with before and after states. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package kg.kozomol.audit;
