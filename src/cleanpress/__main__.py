from cleanpress.cli import main

raise SystemExit(main())
