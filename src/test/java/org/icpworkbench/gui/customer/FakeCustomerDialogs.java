package org.icpworkbench.gui.customer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.icpworkbench.testsupport.ScriptedReplies;

/** Answers the customer page's dialogs from scripted replies. */
public final class FakeCustomerDialogs implements CustomerDialogs {

    public final ScriptedReplies<CustomerEditViewModel> customerReplies = new ScriptedReplies<>();
    public final List<CustomerEditViewModel> customerEditors = new ArrayList<>();
    /** Scripted import dialogs: each reply drives the importer and says whether customers were imported. */
    public final Deque<Predicate<CustomerImportViewModel>> importReplies = new ArrayDeque<>();

    /** Fills the customer editor with the next scripted reply and saves when its values are valid; cancels when none is scripted. */
    @Override
    public boolean editCustomer(CustomerEditViewModel editor) {
        customerEditors.add(editor);
        return customerReplies.fill(editor) && editor.valid().get();
    }

    @Override
    public boolean showCustomerImport(CustomerImportViewModel importer) {
        return !importReplies.isEmpty() && importReplies.removeFirst().test(importer);
    }
}
