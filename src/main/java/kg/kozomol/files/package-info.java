/** The shared store for uploaded and generated files: checked on the way in, access-controlled on the way out. */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package kg.kozomol.files;
