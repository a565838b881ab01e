// The oracle reads YAML with the code kubectl v0.37.0 reads it with: the versions below are those
// of k8s.io/kubectl@v0.37.0's go.mod (apimachinery's YAML reader, sigs.k8s.io/yaml, go-yaml v2).
module edgenet.dev/tools/yaml-oracle

go 1.26.0

require (
	k8s.io/apimachinery v0.37.0
	sigs.k8s.io/yaml v1.6.0
)

require (
	go.yaml.in/yaml/v2 v2.4.4 // indirect
	sigs.k8s.io/json v0.0.0-20250730193827-2d320260d730 // indirect
)
