package org.icpworkbench.logic.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.icpworkbench.logic.customer.CustomerChartSeries.Bar;
import org.icpworkbench.logic.customer.CustomerChartSeries.Mark;

/**
 * The portrait's customer charts ({@link org.icpworkbench.logic.customer.CustomerChartSeries}) drawn with Java2D into PNG pictures at {@value #DPI} dpi (about three times the
 * resolution of a 96-dpi screen at the printed size), with the bundled DejaVu Sans, on a white background (no
 * transparency), and handed to the document as data URIs. Sizes are in points; the picture is printed at that size.
 */
final class PortraitCharts {

    static final int DPI = 300;
    /** The printed width: the text column of the A4 page (170 mm). */
    static final double WIDTH_PT = 170 / 25.4 * 72;

    private static final double SCALE = DPI / 72.0;
    private static final Font FONT = loadFont("fonts/DejaVuSans.ttf");
    private static final Font BOLD = loadFont("fonts/DejaVuSans-Bold.ttf");
    private static final Color TEXT = new Color(0x1d2430);
    private static final Color MUTED = new Color(0x6b7482);
    private static final Color RULE = new Color(0xd5dbe3);
    private static final Color BLUE = new Color(0x1f5f8b);
    private static final Color PALE_BLUE = new Color(0x9fbfd6);
    private static final Color RED = new Color(0xc0392b);
    private static final Color AMBER = new Color(0xd9a441);
    private static final Color GREEN = new Color(0x2e8b57);

    /** A drawn chart: the PNG as a data URI and its printed size in points. */
    record Picture(String dataUri, double widthPt, double heightPt) {
    }

    private PortraitCharts() {
    }

    /** Horizontal bars, one row per bar: the category on the left, the label after the bar. */
    static Picture horizontal(List<Bar> bars, Function<Bar, String> category, Function<Bar, String> label) {
        double row = 17;
        double top = 4;
        double height = top * 2 + row * Math.max(1, bars.size());
        return draw(WIDTH_PT, height, g -> {
            g.setFont(FONT.deriveFont(7.5f));
            FontMetrics metrics = g.getFontMetrics();
            double labelColumn = 0;
            for (Bar bar : bars) {
                labelColumn = Math.max(labelColumn, metrics.stringWidth(category.apply(bar)));
            }
            labelColumn = Math.min(labelColumn + 8, WIDTH_PT * 0.32);
            double valueSpace = 0;
            for (Bar bar : bars) {
                valueSpace = Math.max(valueSpace, metrics.stringWidth(label.apply(bar)));
            }
            double barArea = WIDTH_PT - labelColumn - valueSpace - 8;
            double max = bars.stream().map(Bar::value).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            g.setColor(RULE);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new java.awt.geom.Line2D.Double(labelColumn, top - 2, labelColumn, height - top + 2));
            double y = top;
            for (Bar bar : bars) {
                double length = max <= 0 ? 0 : barArea * bar.value().doubleValue() / max;
                g.setColor(bar.mark() == Mark.CAPPED ? PALE_BLUE : BLUE);
                g.fill(new Rectangle2D.Double(labelColumn, y + 3, Math.max(0.8, length), row - 6));
                double baseline = y + row / 2 + metrics.getAscent() / 2.0 - 1;
                g.setColor(TEXT);
                g.drawString(fit(category.apply(bar), metrics, labelColumn - 8), 0f, (float) baseline);
                g.setColor(MUTED);
                g.drawString(label.apply(bar), (float) (labelColumn + length + 4), (float) baseline);
                y += row;
            }
        });
    }

    /** The NPS distribution: eleven vertical bars (scores 0–10) coloured detractor, passive, promoter. */
    static Picture nps(List<Bar> bars, Function<Bar, String> countLabel) {
        double height = 150;
        return draw(WIDTH_PT, height, g -> {
            g.setFont(FONT.deriveFont(7.5f));
            FontMetrics metrics = g.getFontMetrics();
            double bottom = height - 16;
            double top = 14;
            double slot = WIDTH_PT / bars.size();
            double max = bars.stream().map(Bar::value).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            g.setColor(RULE);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new java.awt.geom.Line2D.Double(0, bottom, WIDTH_PT, bottom));
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                double x = i * slot;
                double barHeight = max <= 0 ? 0 : (bottom - top) * bar.value().doubleValue() / max;
                g.setColor(switch (bar.mark()) {
                    case DETRACTOR -> RED;
                    case PASSIVE -> AMBER;
                    case PROMOTER -> GREEN;
                    default -> BLUE;
                });
                if (barHeight > 0) {
                    g.fill(new Rectangle2D.Double(x + slot * 0.18, bottom - barHeight, slot * 0.64, barHeight));
                }
                g.setColor(MUTED);
                String count = countLabel.apply(bar);
                g.drawString(count, (float) (x + (slot - metrics.stringWidth(count)) / 2), (float) (bottom - barHeight - 3));
                g.setColor(TEXT);
                g.setFont(BOLD.deriveFont(7.5f));
                FontMetrics bold = g.getFontMetrics();
                g.drawString(bar.category(), (float) (x + (slot - bold.stringWidth(bar.category())) / 2), (float) (bottom + 11));
                g.setFont(FONT.deriveFont(7.5f));
            }
        });
    }

    private static String fit(String text, FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }

    private static Picture draw(double widthPt, double heightPt, java.util.function.Consumer<Graphics2D> painter) {
        int width = (int) Math.ceil(widthPt * SCALE);
        int height = (int) Math.ceil(heightPt * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Picture("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()), widthPt, heightPt);
    }

    private static Font loadFont(String resource) {
        try (InputStream in = PortraitCharts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
