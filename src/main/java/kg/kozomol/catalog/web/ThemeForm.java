package kg.kozomol.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;

public class ThemeForm {

    @NotBlank(message = "{catalog.validation.required}")
    @Pattern(regexp = "^[a-z0-9-]{2,60}$", message = "{catalog.theme.code.invalid}")
    private String code;

    @NotBlank(message = "{catalog.validation.required}")
    @Size(max = 300, message = "{catalog.validation.tooLong}")
    private String nameRu;

    @Size(max = 300, message = "{catalog.validation.tooLong}")
    private String nameKy;

    @Size(max = 300, message = "{catalog.validation.tooLong}")
    private String nameEn;

    private boolean active = true;
    private int version;

    static ThemeForm of(Theme theme) {
        ThemeForm form = new ThemeForm();
        form.code = theme.code();
        form.nameRu = theme.nameRu();
        form.nameKy = theme.nameKy();
        form.nameEn = theme.nameEn();
        form.active = theme.active();
        form.version = theme.version();
        return form;
    }

    ThemeDraft toDraft() {
        return new ThemeDraft(code.trim(), nameRu.trim(), nameKy, nameEn, active);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameKy() { return nameKy; }
    public void setNameKy(String nameKy) { this.nameKy = nameKy; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
