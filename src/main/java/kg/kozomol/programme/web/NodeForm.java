package kg.kozomol.programme.web;

import kg.kozomol.programme.NodeDraft;
import kg.kozomol.programme.NodeKind;

/** A framework node as typed. */
public class NodeForm {

    private String parentId;
    private String kind;
    private String titleRu;
    private String titleKy;
    private String assumptions;
    private String risks;

    NodeDraft toDraft() {
        return new NodeDraft(Numbers.id(parentId), Numbers.code(NodeKind.class, kind), titleRu, titleKy, assumptions, risks);
    }

    public String getParentId() { return parentId; }
    public void setParentId(String parentId) { this.parentId = parentId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleKy() { return titleKy; }
    public void setTitleKy(String titleKy) { this.titleKy = titleKy; }
    public String getAssumptions() { return assumptions; }
    public void setAssumptions(String assumptions) { this.assumptions = assumptions; }
    public String getRisks() { return risks; }
    public void setRisks(String risks) { this.risks = risks; }
}
