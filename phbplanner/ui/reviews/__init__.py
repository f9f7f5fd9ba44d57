"""The "Reviews" workspace: seeing how the plan is working (SPEC §2 step 7, issue 15).

- :mod:`.feed` — one :class:`~.feed.ReviewsFeed` per open plan: the review services, the clock
  ("today") and one signal after any change a review page shows;
- :mod:`.due_strip` — the line under the budget summary saying when the next review is due;
- :mod:`.view` — the workspace: the reviews held, the next one due, "Start a review" / "Carry
  on with the review", progress over time (:mod:`.progress_view`), the PDF (:mod:`.pdf`) and a
  new plan version (:mod:`.new_version`);
- :mod:`.walk` and :mod:`.walk_pages` — "Start a review", outcome by outcome, saved as you go.

Everything here reaches the file through :class:`phbplanner.services.reviews.Reviews`.
"""
