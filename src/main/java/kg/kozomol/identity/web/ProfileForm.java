package kg.kozomol.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kg.kozomol.notify.MailFrequency;

/** The user's own profile: the name others see, the interface language and how notifications are e-mailed. */
public class ProfileForm {

    @NotBlank(message = "{identity.validation.required}")
    @Size(max = 200, message = "{identity.validation.tooLong}")
    private String fullName;

    @Pattern(regexp = "ru|ky|en", message = "{identity.validation.language}")
    private String language = "ru";

    @NotNull(message = "{identity.validation.required}")
    private MailFrequency mailFrequency = MailFrequency.EACH;

    private int version;

    static ProfileForm of(kg.kozomol.identity.UserAccount user) {
        ProfileForm form = new ProfileForm();
        form.setFullName(user.fullName());
        form.setLanguage(user.preferredLocale());
        form.setMailFrequency(user.mailFrequency());
        form.setVersion(user.version());
        return form;
    }

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

    public MailFrequency getMailFrequency() {
        return mailFrequency;
    }

    public void setMailFrequency(MailFrequency mailFrequency) {
        this.mailFrequency = mailFrequency;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
