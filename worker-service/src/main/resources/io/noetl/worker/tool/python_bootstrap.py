# Runs one NoETL python task (dsl.md §6.4). The worker sends {"code", "args"} as JSON on stdin and passes the
# path of the result file as argv[1]; the outcome goes to that file, never to stdout, so print() is harmless.
import builtins, datetime, decimal, inspect, json, linecache, sys, traceback

TASK = "<task>"


def to_json(value):
    # dsl.md §6.4: dates -> ISO strings, Decimal -> number, sets -> lists (tuples are lists already); else refuse
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (set, frozenset)):
        return list(value)
    raise TypeError(f"a value of type {type(value).__name__} is not JSON")


def call_main(main, args):
    # main receives the args its signature names, or all of them when it takes **kwargs
    params = list(inspect.signature(main).parameters.values())
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return main(**args)
    positional = []
    for p in params:
        if p.kind is not p.POSITIONAL_ONLY or p.name not in args:
            break
        positional.append(args[p.name])
    named = {p.name: args[p.name] for p in params
             if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name in args}
    return main(*positional, **named)


def run(request):
    code, args = request["code"], request.get("args") or {}
    linecache.cache[TASK] = (len(code), None, code.splitlines(True), TASK)  # tracebacks show the task's lines
    # __name__ is not "__main__", so an `if __name__ == "__main__": main()` block does not call main twice
    scope = {**args, "__name__": "noetl_task", "__builtins__": builtins}
    exec(compile(code, TASK, "exec"), scope)
    main = scope.get("main")
    return call_main(main, args) if callable(main) else scope.get("result")


def task_frames(tb):
    while tb is not None and tb.tb_frame.f_code.co_filename != TASK:  # hide this bootstrap's frames
        tb = tb.tb_next
    return tb


def bootstrap():
    result_path = sys.argv[1]
    sys.argv = [""]
    request = json.loads(sys.stdin.buffer.read())
    try:
        outcome = {"status": "ok", "result": run(request)}
    except BaseException as e:  # SystemExit and KeyboardInterrupt too: the task reports instead of vanishing
        outcome = {"status": "error", "kind": "python_exception", "exception_type": type(e).__name__,
                   "message": str(e), "traceback": "".join(
                       traceback.format_exception(type(e), e, task_frames(e.__traceback__)))}
    try:
        text = json.dumps(outcome, default=to_json, allow_nan=False)
    except (TypeError, ValueError, OverflowError) as e:
        text = json.dumps({"status": "error", "kind": "python_result", "message": f"the result is not JSON: {e}"})
    with open(result_path, "w", encoding="utf-8") as f:
        f.write(text)


bootstrap()
