package kg.kozomol.platform;

/** A page of a server-side paginated list; sizes are capped so that no request can ask for everything. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        page = Math.max(page, 1);
        size = size < 1 ? 25 : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? 25 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
