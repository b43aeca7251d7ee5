package kg.kozomol.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.core.io.ClassPathResource;

/** The same {@link BarChart} drawn with Java2D as a PNG, twice the SVG's size for print, in the bundled DejaVu Sans. */
public final class ChartPng {

    private static final int SCALE = 2;
    private static final Font FONT = font("DejaVuSans.ttf").deriveFont(13f);
    private static final Font BOLD = font("DejaVuSans-Bold.ttf").deriveFont(15f);

    private ChartPng() {
    }

    public static byte[] render(BarChart chart) {
        ChartLayout layout = ChartLayout.of(chart);
        BufferedImage image = new BufferedImage(layout.width() * SCALE, layout.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(new Color(ChartStyle.TEXT));
            g.setFont(BOLD);
            g.drawString(chart.title(), 0, layout.titleY());
            g.setFont(FONT);
            legend(g, chart.series(), layout.legendY());
            for (ChartLayout.Row row : layout.rows()) {
                g.setColor(new Color(ChartStyle.TEXT));
                g.drawString(row.label(), ChartLayout.LABEL_WIDTH - g.getFontMetrics().stringWidth(row.label()), row.y());
            }
            for (ChartLayout.Placed bar : layout.bars()) {
                if (bar.width() > 0) {
                    swatch(g, bar.series(), new Rectangle(bar.x(), bar.y(), bar.width(), bar.height()));
                }
                g.setColor(new Color(ChartStyle.TEXT));
                g.drawString(bar.label() == null ? "" : bar.label(), bar.labelX(), bar.y() + bar.height() - 4);
            }
            g.setStroke(new BasicStroke(1));
            g.drawLine(ChartLayout.LABEL_WIDTH + 10, layout.axisTop(), ChartLayout.LABEL_WIDTH + 10, layout.height() - 10);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Width of a text in the chart's font, the same in both drawings. */
    static int textWidth(String text) {
        return (int) Math.ceil(FONT.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth());
    }

    private static void legend(Graphics2D g, List<String> series, int y) {
        if (series.size() < 2) {
            return;
        }
        int x = 0;
        for (int i = 0; i < series.size(); i++) {
            swatch(g, i, new Rectangle(x, y, 18, 14));
            g.setColor(new Color(ChartStyle.TEXT));
            g.drawString(series.get(i), x + 24, y + 12);
            x += 24 + textWidth(series.get(i)) + 24;
        }
    }

    private static void swatch(Graphics2D g, int series, Rectangle area) {
        ChartStyle style = ChartStyle.of(series);
        g.setPaint(pattern(style));
        g.fill(area);
        g.setPaint(new Color(style.rgb));
        g.setStroke(new BasicStroke(1));
        g.draw(area);
    }

    private static Paint pattern(ChartStyle style) {
        Color colour = new Color(style.rgb);
        if (style == ChartStyle.SOLID) {
            return colour;
        }
        BufferedImage tile = new BufferedImage(6, 6, BufferedImage.TYPE_INT_RGB);
        Graphics2D t = tile.createGraphics();
        t.setColor(Color.WHITE);
        t.fillRect(0, 0, 6, 6);
        t.setColor(colour);
        if (style == ChartStyle.HATCHED) {
            t.setStroke(new BasicStroke(2));
            t.drawLine(0, 6, 6, 0);
            t.drawLine(-1, 1, 1, -1);
            t.drawLine(5, 7, 7, 5);
        } else {
            t.fillOval(1, 1, 4, 4);
        }
        t.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 6, 6));
    }

    private static Font font(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("font " + file + " is missing from the application", e);
        }
    }
}
