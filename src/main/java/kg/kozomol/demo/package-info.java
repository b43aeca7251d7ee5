/** Synthetic demo data for development: fictitious CSOs and people, real state-body names as addressees. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package kg.kozomol.demo;
