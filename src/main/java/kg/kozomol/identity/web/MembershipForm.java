package kg.kozomol.identity.web;

import jakarta.validation.constraints.NotNull;
import kg.kozomol.platform.Role;

public class MembershipForm {

    @NotNull(message = "{identity.validation.required}")
    private Long organisationId;

    @NotNull(message = "{identity.validation.required}")
    private Role role;

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
