-- The proposals on a laureate are found by the steps that name it (a file's lines included).
CREATE INDEX proposal_view_steps ON proposal_view USING gin (steps jsonb_path_ops);
