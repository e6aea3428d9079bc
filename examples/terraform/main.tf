# A small orders API: REST API, one resource, a Lambda-backed GET and a VPC link POST.

variable "backend_timeout_ms" {
  type    = number
  default = 35000
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"

  endpoint_configuration {
    types = ["EDGE"]
  }
}

resource "aws_api_gateway_resource" "order" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "{orderId}"
}
