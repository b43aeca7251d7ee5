package kg.kozomol.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kg.kozomol.identity.Invitation;
import kg.kozomol.platform.Role;

public class InviteForm {

    @NotBlank(message = "{identity.validation.required}")
    @Email(message = "{identity.email.invalid}")
    @Size(max = 254, message = "{identity.validation.tooLong}")
    private String email;

    @NotBlank(message = "{identity.validation.required}")
    @Size(max = 200, message = "{identity.validation.tooLong}")
    private String fullName;

    @NotNull(message = "{identity.validation.required}")
    private Long organisationId;

    @NotNull(message = "{identity.validation.required}")
    private Role role;

    @Pattern(regexp = "ru|ky|en", message = "{identity.validation.language}")
    private String language = "ru";

    Invitation toInvitation() {
        return new Invitation(email.trim(), fullName.trim(), organisationId, role, language);
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
