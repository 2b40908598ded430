-- wrk script: POST one self-check's answers (the typical piriformis picture of EvaluateContractTests) to the evaluate API.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers": {"buttockPain": true, "sciaticNotchTenderness": true, "worseSitting": true, "worseOnPiriformisStretch": true, "painRadiatesThigh": true, "painNow": 3, "painWorst": 5, "settleTime": "hours", "sittingToleranceMinutes": 40, "durationWeeks": 3, "runningStatus": "runningWithPain", "age": 34}}'
