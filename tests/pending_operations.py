"""Known gaps left by this round's merge: tests of operations the specs gained whose sandbox answers or
cassettes are not finished, and the incremental-read tests whose way of making new items predates the
spec-driven sandbox. Each runs as xfail(strict=True) (tests/conftest.py): it must still fail, and the run
fails the moment it passes, so the entry goes with the fix. Both are open work of the
issue "The rest of each scans API, and what is new since my last run"."""

PENDING: dict[str, str] = {
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[advalidation-campaigns.list_creatives-before-save]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[advalidation-campaigns.list_creatives-first-item]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[cloneguard-scans.list-before-save]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[cloneguard-scans.list-first-item]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[hostedscan-risks.list-before-save]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[hostedscan-risks.list-first-item]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[packagex-scans.list-before-save]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[packagex-scans.list-first-item]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[passentry-scans.list-before-save]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing[passentry-scans.list-first-item]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_csv_has_a_header_then_one_row_per_item[advalidation-campaigns.list_creatives]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_csv_has_a_header_then_one_row_per_item[cloneguard-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_csv_has_a_header_then_one_row_per_item[hostedscan-risks.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_csv_has_a_header_then_one_row_per_item[packagex-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_csv_has_a_header_then_one_row_per_item[passentry-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_two_runs_with_new_items_between_them_give_each_new_item_exactly_once[advalidation-campaigns.list_creatives]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_two_runs_with_new_items_between_them_give_each_new_item_exactly_once[cloneguard-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_two_runs_with_new_items_between_them_give_each_new_item_exactly_once[hostedscan-risks.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_two_runs_with_new_items_between_them_give_each_new_item_exactly_once[packagex-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/cli/test_cli_sync.py::test_two_runs_with_new_items_between_them_give_each_new_item_exactly_once[passentry-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_doctests.py::test_docstring_examples[scankit._pagination]": "the paginator's docstring example disagrees with the merged paginator",
    "tests/test_incremental.py::test_since_finds_the_new_items_and_sends_the_declared_filter[advalidation-campaigns.list_creatives]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_finds_the_new_items_and_sends_the_declared_filter[cloneguard-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_finds_the_new_items_and_sends_the_declared_filter[hostedscan-risks.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_finds_the_new_items_and_sends_the_declared_filter[packagex-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_finds_the_new_items_and_sends_the_declared_filter[passentry-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_works_on_the_async_client_too[cloneguard-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_works_on_the_async_client_too[hostedscan-risks.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_works_on_the_async_client_too[packagex-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
    "tests/test_incremental.py::test_since_works_on_the_async_client_too[passentry-scans.list]": "new items made through the spec-driven sandbox are not yet seen by tests/incremental_support.py",
}
