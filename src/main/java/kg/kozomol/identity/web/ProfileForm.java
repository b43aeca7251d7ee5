package kg.kozomol.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The user's own profile: the name others see and the interface language. */
public class ProfileForm {

    @NotBlank(message = "{identity.validation.required}")
    @Size(max = 200, message = "{identity.validation.tooLong}")
    private String fullName;

    @Pattern(regexp = "ru|ky|en", message = "{identity.validation.language}")
    private String language = "ru";

    private int version;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
