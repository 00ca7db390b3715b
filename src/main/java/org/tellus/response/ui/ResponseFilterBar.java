package org.tellus.response.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.springframework.modulith.NamedInterface;
import org.tellus.base.ui.ComponentTexts;
import org.tellus.plan.AreaSummary;
import org.tellus.response.Channel;
import org.tellus.response.ResponseFilter;

import java.util.List;
import java.util.function.Consumer;

/**
 * The officer's filters on responses (date range, channel, area), shared by the response list and insight.
 * A named interface of the response module: insight reuses it on purpose, so that both pages filter alike.
 */
@NamedInterface("filter-bar")
public class ResponseFilterBar extends HorizontalLayout {

    private final DatePicker from = ComponentTexts.localised(new DatePicker(getTranslation("responses.from")));
    private final DatePicker to = ComponentTexts.localised(new DatePicker(getTranslation("responses.to")));
    private final Select<Channel> channel = new Select<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>(getTranslation("responses.area"));

    /** @param onChange hears the new filter after any of them changes */
    public ResponseFilterBar(List<AreaSummary> areas, Consumer<ResponseFilter> onChange) {
        channel.setLabel(getTranslation("responses.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("responses.any") : getTranslation("channel." + c));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("responses.any"));
        area.setItems(areas);
        area.setItemLabelGenerator(AreaSummary::name);
        area.setClearButtonVisible(true);
        from.addValueChangeListener(e -> onChange.accept(filter()));
        to.addValueChangeListener(e -> onChange.accept(filter()));
        channel.addValueChangeListener(e -> onChange.accept(filter()));
        area.addValueChangeListener(e -> onChange.accept(filter()));
        add(from, to, channel, area);
        setWrap(true);
    }

    public ResponseFilter filter() {
        return new ResponseFilter(from.getValue(), to.getValue(), channel.getValue(),
                area.getValue() == null ? null : area.getValue().id());
    }
}
