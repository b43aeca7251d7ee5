package kg.kozomol.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationDraft;
import kg.kozomol.identity.OrganisationKind;

public class OrganisationForm {

    @NotNull(message = "{identity.validation.required}")
    private OrganisationKind kind;

    @NotBlank(message = "{identity.validation.required}")
    @Size(max = 300, message = "{identity.validation.tooLong}")
    private String nameRu;

    @Size(max = 300, message = "{identity.validation.tooLong}")
    private String nameKy;

    @Size(max = 300, message = "{identity.validation.tooLong}")
    private String nameEn;

    @Size(max = 60, message = "{identity.validation.tooLong}")
    private String shortName;

    @Email(message = "{identity.email.invalid}")
    @Size(max = 254, message = "{identity.validation.tooLong}")
    private String email;

    @Size(max = 500, message = "{identity.validation.tooLong}")
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{identity.validation.url}")
    private String website;

    private Long parentId;
    private boolean active = true;
    private int version;

    static OrganisationForm of(Organisation o) {
        OrganisationForm form = new OrganisationForm();
        form.kind = o.kind();
        form.nameRu = o.nameRu();
        form.nameKy = o.nameKy();
        form.nameEn = o.nameEn();
        form.shortName = o.shortName();
        form.email = o.email();
        form.website = o.website();
        form.parentId = o.parentId();
        form.active = o.active();
        form.version = o.version();
        return form;
    }

    OrganisationDraft toDraft() {
        return new OrganisationDraft(kind, nameRu.trim(), nameKy, nameEn, shortName, email, website, parentId, active);
    }

    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameKy() { return nameKy; }
    public void setNameKy(String nameKy) { this.nameKy = nameKy; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
