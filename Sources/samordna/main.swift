import App
await runSamordna()
