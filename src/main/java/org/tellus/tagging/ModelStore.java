package org.tellus.tagging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.tagging.engine.EvaluationFigures;
import org.tellus.tagging.engine.ThemeModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model versions in MariaDB, so every instance of the app uses the same active model and none is lost. */
@Repository
class ModelStore {

    private final JdbcTemplate jdbc;

    ModelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void save(ThemeModel model) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM theme_model WHERE version = ?", Integer.class, model.version()) > 0) {
            return; // the same training data and settings give the same version: nothing new to keep
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            model.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<EvaluationFigures> figures = model.figures();
        jdbc.update("INSERT INTO theme_model (version, training_size, micro_f1, macro_f1, artefact) VALUES (?, ?, ?, ?, ?)",
                model.version(), model.trainingSize(), figures.map(EvaluationFigures::microF1).orElse(null),
                figures.map(EvaluationFigures::macroF1).orElse(null), bytes.toByteArray());
    }

    /** Makes one version the active one; the others stay, to roll back to. */
    @Transactional
    void activate(String version) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM theme_model WHERE version = ?", Integer.class, version) == 0) {
            throw new TranslatableException("tagging.model.not-found");
        }
        jdbc.update("UPDATE theme_model SET active = (version = ?)", version);
    }

    Optional<String> activeVersion() {
        return jdbc.queryForList("SELECT version FROM theme_model WHERE active", String.class).stream().findFirst();
    }

    Optional<ThemeModel> load(String version) {
        return jdbc.query("SELECT artefact FROM theme_model WHERE version = ?", (rs, n) -> rs.getBytes(1), version)
                .stream().findFirst().map(bytes -> {
                    try {
                        return ThemeModel.readFrom(new ByteArrayInputStream(bytes));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Model " + version + " cannot be read", e);
                    }
                });
    }

    List<ModelSummary> all() {
        return jdbc.query("SELECT version, created_at, training_size, micro_f1, macro_f1, active, evaluated_on FROM theme_model ORDER BY created_at DESC, id DESC",
                (rs, n) -> new ModelSummary(rs.getString(1), rs.getObject(2, Timestamp.class).toInstant(), rs.getInt(3),
                        (Double) rs.getObject(4), (Double) rs.getObject(5), rs.getBoolean(6), (Integer) rs.getObject(7)));
    }

    /** Keeps a version's figures on held-out officer-labelled answers, replacing earlier ones. */
    @Transactional
    void recordFigures(String version, EvaluationFigures figures) {
        if (jdbc.update("UPDATE theme_model SET micro_f1 = ?, macro_f1 = ?, evaluated_on = ? WHERE version = ?",
                figures.microF1(), figures.macroF1(), figures.items(), version) == 0) {
            throw new TranslatableException("tagging.model.not-found");
        }
        jdbc.update("DELETE FROM theme_model_figures WHERE model_version = ?", version);
        jdbc.batchUpdate("INSERT INTO theme_model_figures (model_version, theme_id, precision_, recall, f1, support, predicted) VALUES (?, ?, ?, ?, ?, ?, ?)",
                figures.labels().entrySet().stream().map(e -> new Object[]{version, e.getKey(), e.getValue().precision(),
                        e.getValue().recall(), e.getValue().f1(), e.getValue().support(), e.getValue().predicted()}).toList());
    }

    /** A version's per-theme figures on held-out officer-labelled answers (empty when it was not evaluated). */
    Map<String, EvaluationFigures.LabelFigures> themeFigures(String version) {
        Map<String, EvaluationFigures.LabelFigures> figures = new LinkedHashMap<>();
        jdbc.query("SELECT theme_id, precision_, recall, f1, support, predicted FROM theme_model_figures WHERE model_version = ? ORDER BY theme_id",
                rs -> {
                    figures.put(rs.getString(1), new EvaluationFigures.LabelFigures(rs.getDouble(2), rs.getDouble(3),
                            rs.getDouble(4), rs.getInt(5), rs.getInt(6)));
                }, version);
        return figures;
    }
}
