-- A decree line's match reasons with their codes and arguments ([{code, arguments, text}]), so that the console words
-- them in the reader's language; the English in `reasons` stays what the API gives. Null on lines stored before: those
-- keep their English only, shown as English.
alter table registry.decree_line add column reason_codes jsonb;
